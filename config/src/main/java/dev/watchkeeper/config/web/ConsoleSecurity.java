package dev.watchkeeper.config.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The console's pages need a console session, and each section its role:
 * the moderation queue the moderator's, the inbox the agent's, the dashboard the supervisor's; the
 * sign-in page and the pages' scripts and styles are open. Forms and htmx requests carry a CSRF
 * token; pages forbid framing, scripts and styles from elsewhere and inline code. Everything
 * outside the console (health, metrics, Telegram's webhook) is served as before the console
 * existed: no session, no CSRF (Telegram checks its own secret header).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConsoleSecurity {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/console/**", "/console")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/console/sign-in", "/console/signed-out", "/console/assets/**")
                        .permitAll()
                        .requestMatchers("/console/queue/**", "/console/queue")
                        .hasRole("MODERATOR")
                        .requestMatchers("/console/inbox/**", "/console/inbox")
                        .hasRole("AGENT")
                        .requestMatchers("/console/dashboard/**", "/console/dashboard")
                        .hasRole("SUPERVISOR")
                        .requestMatchers("/console/knowledge/**", "/console/knowledge")
                        .hasAnyRole("AGENT", "SUPERVISOR", "MODERATOR")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/console/sign-in")))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl("/console/signed-out"))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
