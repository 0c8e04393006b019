package com.casedesk.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three filter chains. The APIs ({@code /api/**}, {@code /engine-rest/**}) need HTTP Basic against
 * Camunda's user store, except a complainant's own intake (the controller decides by channel) and a
 * whistleblower's report and mailbox (the receipt code is the key there, see docs/security.md) and the
 * SMS provider's delivery receipts (signed with a shared secret, notification/sms/ReceiptSignature).
 * The actuator needs an administrator or monitoring account, except health. Everything else is the
 * Camunda webapps, which run their own session login and CSRF protection, and public resources
 * (public pages, API description).
 */
// web only: the what-if replay runs the service's context without a web server (whatif/WhatIfRun)
@ConditionalOnWebApplication
@Configuration
class SecurityConfig {

    static final String PUBLIC_PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

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
                        // the SMS provider's delivery receipts: signed with the shared secret, checked by the controller
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/notices/sms/receipts")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                // stateless Basic auth: no session cookie a browser could replay
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Actuator: health is public (load balancers, .ci/e2e.sh); every other endpoint needs an
     * administrator or a monitoring account ({@code monitoring} group), over HTTP Basic.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint();
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")).permitAll()
                        .anyRequest().hasAnyAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + StaffGroups.ADMIN,
                                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + StaffGroups.MONITORING))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        // the public pages load nothing from elsewhere and run no inline script; a report page must
        // not leak its address to other sites (Camunda's webapps send their own CSP)
        var publicPages = PathPatternRequestMatcher.withDefaults().matcher("/public/**");
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // the webapps carry their own CSRF filter (X-XSRF-TOKEN) and login
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicPages, new StaticHeadersWriter(
                                "Content-Security-Policy", PUBLIC_PAGES_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicPages, new StaticHeadersWriter(
                                "Referrer-Policy", "no-referrer"))));
        return http.build();
    }
}
