package io.crmsync.sandbox;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;
import org.apache.catalina.connector.Response;
import org.apache.catalina.connector.ResponseFacade;
import org.apache.coyote.ActionCode;

/**
 * Closes a request's connection before a single byte of the response is sent, as a server does that
 * dies or loses the network after it committed a write. The Servlet API cannot do that, so this
 * reaches into Tomcat; under another container the response is cut off after its status line
 * instead.
 */
final class ConnectionDrop {

    private ConnectionDrop() {}

    static void now(HttpServletResponse response) throws IOException {
        ServletResponse raw = response;
        while (raw instanceof ServletResponseWrapper wrapper) {
            raw = wrapper.getResponse();
        }
        if (raw instanceof ResponseFacade facade && !raw.isCommitted()) {
            try {
                Field field = ResponseFacade.class.getDeclaredField("response");
                field.setAccessible(true);
                ((Response) field.get(facade))
                        .getCoyoteResponse()
                        .action(ActionCode.CLOSE_NOW, null);
                return;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Fall through to the cut-off response.
            }
        }
        response.setStatus(200);
        response.setContentLength(4096);
        response.flushBuffer();
        throw new IOException("Injected connection drop");
    }
}
