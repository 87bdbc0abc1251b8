package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers paths the sandbox does not serve with HubSpot's 404 envelope instead of a servlet page.
 */
@RestController
class NotFoundController {

    @RequestMapping(HubSpotGateway.ROOT + "/**")
    ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
        return Json.response(
                404,
                new HubSpotException(404, "OBJECT_NOT_FOUND", "resource not found")
                        .body(Correlation.id(request)));
    }
}
