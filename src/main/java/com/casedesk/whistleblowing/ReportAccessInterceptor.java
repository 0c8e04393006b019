package com.casedesk.whistleblowing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link ReportAccess} in front of every endpoint under {@code /api/reports/{reportNumber}}, so
 * that no endpoint added later can forget the independence rule. The reporter's own paths
 * ({@code /api/reports}, {@code /api/reports/mailbox/**}) carry no report number: the receipt code is
 * the key there.
 */
@Configuration
class ReportAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ReportAccess access;

    ReportAccessInterceptor(ReportAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/reports/*", "/api/reports/*/**")
                .excludePathPatterns("/api/reports/mailbox", "/api/reports/mailbox/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String reportNumber = variables == null ? null : variables.get("reportNumber");
        if (reportNumber != null) {
            access.check(reportNumber);
        }
        return true;
    }
}
