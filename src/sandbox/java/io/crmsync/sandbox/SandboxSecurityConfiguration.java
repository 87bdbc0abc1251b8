package io.crmsync.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulated APIs authenticate their callers themselves, with their own tokens and their own
 * error bodies, as the real services do; the console's sign-in must not get in the way.
 */
@Configuration(proxyBeanMethods = false)
class SandboxSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain sandboxApiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/sandbox/salesforce/**", "/sandbox/hubspot/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .build();
    }
}
