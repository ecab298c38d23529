package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/void}: the VoID and DCAT description, Turtle unless asked otherwise. */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Publishing publishing;

    VoidServlet(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = Descriptions.base(request);
        Descriptions.answer(request, response, VoidDescription.build(publishing.statistics(), base));
    }
}
