package io.crmsync;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;

// The sandboxes (only on the dev and test classpath) are left out of the scan:
// SandboxAutoConfiguration brings them in when enabled.
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(
                    type = FilterType.CUSTOM,
                    classes = AutoConfigurationExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.crmsync\\.sandbox\\..*")
        })
@Modulithic(systemName = "crmsync", sharedModules = "base")
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/crmsync.css")
public class CrmsyncApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CrmsyncApplication.class, args);
    }
}
