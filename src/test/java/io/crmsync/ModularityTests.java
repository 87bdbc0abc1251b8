package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(CrmsyncApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void moduleDocumentationIsWrittenForEveryModule() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(modules.stream().map(ApplicationModule::getDisplayName))
                .contains(
                        "Base",
                        "Security",
                        "Connections",
                        "API budget",
                        "Connector SPI",
                        "Sync engine",
                        "Value conversion",
                        "Settings and mappings",
                        "Sync health",
                        "Records");
        String overview = Files.readString(DOCS.resolve("components.puml"));
        for (ApplicationModule module : modules) {
            assertThat(overview).as("the overview diagram").contains(module.getDisplayName());
            Path diagram = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
            assertThat(diagram).exists();
            assertThat(Files.readString(diagram)).contains(module.getDisplayName());
        }
    }
}
