package com.casedesk.complaint.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link CaseAccess} in front of every endpoint under {@code /api/complaints/{caseNumber}}, so
 * that no endpoint added later can forget it.
 */
@Configuration
class CaseAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final CaseAccess access;

    CaseAccessInterceptor(CaseAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/complaints/*", "/api/complaints/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseNumber = variables == null ? null : variables.get("caseNumber");
        if (caseNumber != null) {
            access.check(caseNumber);
        }
        return true;
    }
}
