package io.crmsync.sandbox.salesforce;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes Salesforce error bodies from filters, outside Spring MVC. */
@Component("salesforceErrorWriter")
class ErrorWriter {

    private final JsonMapper json = JsonMapper.builder().build();

    void write(HttpServletResponse response, SfApiException error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(error.body()));
    }
}
