package io.crmsync.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.crmsync.security.AppRoles;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(MetricsProperties.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Vaadin's client needs inline and evaluated scripts and inline styles; everything else comes
     * from the app itself (docs/adr/021-console-headers-and-csrf.md).
     */
    static final String CONSOLE_CSP =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
                    + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
                    + " font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; frame-ancestors 'none'";

    /**
     * Spring writes security headers when the response is committed, but a console page is
     * forwarded to Vaadin's servlet, which commits the response past Spring's wrapper: without
     * writing them first, the pages would go out without them.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_EAGERLY =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            };

    /**
     * Actuator: health is public (for load balancers and compose); Prometheus scrapes with the
     * metrics token or an Admin's password; everything else is Admin-only.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(
            HttpSecurity http, SignInThrottle throttle, Clock clock, MetricsProperties metrics)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(
                        requests ->
                                requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                                        .permitAll()
                                        .requestMatchers(EndpointRequest.to("prometheus"))
                                        .hasAnyAuthority(
                                                "ROLE_" + AppRoles.ADMIN,
                                                MetricsTokenFilter.SCRAPER)
                                        .anyRequest()
                                        .hasRole(AppRoles.ADMIN))
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, clock), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new MetricsTokenFilter(metrics.token()), BasicAuthenticationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The console. Vaadin protects its own requests with its own token; Spring's CSRF token guards
     * every other form post, the sign-in form included (Vaadin leaves that one open by default).
     */
    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(
            HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle, Clock clock)
            throws Exception {
        return http.authorizeHttpRequests(
                        requests ->
                                requests.requestMatchers("/styles/**", "/icons/**", "/error")
                                        .permitAll())
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .headers(
                        headers ->
                                headers.contentSecurityPolicy(
                                                csp -> csp.policyDirectives(CONSOLE_CSP))
                                        .withObjectPostProcessor(WRITE_HEADERS_EAGERLY))
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView("/login").enableCsrfConfiguration(false))
                .csrf(
                        csrf ->
                                csrf.ignoringRequestMatchers(
                                        vaadinRequests::isFrameworkInternalRequest))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
