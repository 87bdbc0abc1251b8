package io.crmsync.sandbox.hubspot;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Marks a record modified when an API call changes its primary company, with the caller of that
 * call as the change's source. Associations written outside a request (demo data) change nothing.
 */
@Component
class PrimaryCompanyStamps {

    private final ObjectTypes types;
    private final ObjectService objects;

    PrimaryCompanyStamps(ObjectTypes types, ObjectService objects) {
        this.types = types;
        this.objects = objects;
    }

    void changed(String typeId, long id, Long company) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a)) {
            return;
        }
        objects.primaryCompanyChanged(
                types.require(typeId), id, company, Caller.of(a.getRequest()));
    }
}
