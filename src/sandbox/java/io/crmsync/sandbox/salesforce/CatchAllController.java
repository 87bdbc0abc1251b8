package io.crmsync.sandbox.salesforce;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anything under the REST root that no other controller serves is Salesforce's NOT_FOUND. */
@RestController("salesforceCatchAllController")
class CatchAllController {

    @RequestMapping(SalesforcePaths.ROOT + "/services/**")
    Object notFound() {
        throw SfApiException.notFound();
    }
}
