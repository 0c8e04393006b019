package com.casedesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains. The APIs ({@code /api/**}, {@code /engine-rest/**}) need HTTP Basic against
 * Camunda's user store, except a complainant's own intake (the controller decides by channel) and a
 * whistleblower's report and mailbox (the receipt code is the key there, see docs/security.md).
 * Everything else is the Camunda webapps, which run their own session login and CSRF protection,
 * and public resources (API description, health).
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint();
        // Path matchers, not MVC matchers: /engine-rest is served by Jersey, outside Spring MVC.
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/complaints")).permitAll()
                        // whistleblowing: the report itself and the reporter's mailbox (receipt code, no login)
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/reports")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/reports/mailbox")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/reports/mailbox/messages")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/reports/mailbox/documents")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                // stateless Basic auth: no session cookie a browser could replay
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // the webapps carry their own CSRF filter (X-XSRF-TOKEN) and login
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
