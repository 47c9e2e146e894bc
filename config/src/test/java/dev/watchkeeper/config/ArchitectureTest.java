package dev.watchkeeper.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the dependency rule of house-style.md true: it fails the build when the rule breaks. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the adapters' test jars (fake platform servers) are on this module's test classpath
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.watchkeeper");
    }

    @Test
    void coreUsesNoFrameworkPlatformOrStorageLibrary() {
        noClasses()
                .that()
                .resideInAPackage("dev.watchkeeper.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "net.dv8tion..",
                        "org.telegram..",
                        "org.apache.lucene..",
                        "io.lettuce..",
                        "com.fasterxml..",
                        "tools.jackson..",
                        "com.ibm.icu..",
                        "okhttp3..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherWatchkeeperModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.watchkeeper.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.watchkeeper.core..", "java..", "javax..", "org.slf4j..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOtherOrOnTheApplication() {
        String[] adapters = {
            "dev.watchkeeper.console..",
            "dev.watchkeeper.discord..",
            "dev.watchkeeper.telegram..",
            "dev.watchkeeper.redis..",
            "dev.watchkeeper.knowledge..",
            "dev.watchkeeper.shield..",
            "dev.watchkeeper.language.."
        };
        for (String adapter : adapters) {
            noClasses()
                    .that()
                    .resideInAPackage(adapter)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others(adapters, adapter))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyTheApplicationUsesSpring() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.watchkeeper.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(classes);
    }

    private static String[] others(String[] all, String self) {
        return java.util.Arrays.stream(all)
                .filter(p -> !p.equals(self))
                .toList()
                .toArray(String[]::new);
    }
}
