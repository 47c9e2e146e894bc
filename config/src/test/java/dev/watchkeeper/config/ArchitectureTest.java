package dev.watchkeeper.config;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.TicketPorts;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the dependency rule of house-style.md true: it fails the build when the rule breaks. */
class ArchitectureTest {
    /** The bot and its sending ports, the model, the decisions, the outbox and store errors. */
    private static final String[] CORE_FOR_ADAPTERS = {
        "dev.watchkeeper.core.bot",
        "dev.watchkeeper.core.model",
        "dev.watchkeeper.core.decision",
        "dev.watchkeeper.core.outbox",
        "dev.watchkeeper.core.store"
    };

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

    /**
     * The core's features (its top-level packages) depend on each other one way: a feature that
     * needs another's identifier finds it in the model, as a conversation's key is.
     */
    @Test
    void coreFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.watchkeeper.core.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /**
     * The ticket feature's parts (model, message, member side, staff side, reports, text) build on
     * each other in one direction, and only the facade in the feature's root package, {@link
     * TicketDesk}, assembles them.
     */
    @Test
    void ticketSubFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.watchkeeper.core.ticket.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void ticketSubFeaturesDoNotDependOnTheTicketFacade() {
        noClasses()
                .that()
                .resideInAPackage("dev.watchkeeper.core.ticket.*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.watchkeeper.core.ticket")
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
            "dev.watchkeeper.webhook..",
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

    /**
     * Chat adapters only translate: platform events become the model's inbound events for {@code
     * Bot} (reports on the bot's own decisions too), and decisions become platform calls. They see
     * the {@link #CORE_FOR_ADAPTERS}; never a feature's classes, which would be a second way into
     * the core. The bot's texts name the platforms' command menus; the Discord close modal reads
     * the ticket buttons' actions.
     */
    @Test
    void chatAdaptersSeeOnlyTheBotTheModelAndTheDecisions() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.watchkeeper.console..", "dev.watchkeeper.discord..", "dev.watchkeeper.telegram..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.watchkeeper.core..")
                        .and(not(resideInAnyPackage(CORE_FOR_ADAPTERS)))
                        .and(not(belongToAnyOf(MessageCatalog.class, MemberLanguage.class, TicketChoices.class))))
                .check(classes);
    }

    /**
     * The storage adapter implements the features' ports and stores the values they carry: it sees a
     * feature's interfaces, records and enums, never the classes that decide.
     */
    @Test
    void storageAdapterSeesFeaturesOnlyThroughPortsAndValues() {
        DescribedPredicate<JavaClass> portOrValue = DescribedPredicate.describe(
                "a port or value",
                c -> c.isInterface()
                        || c.isEnum()
                        || c.getRawSuperclass()
                                .map(s -> s.isEquivalentTo(Record.class))
                                .orElse(false));
        noClasses()
                .that()
                .resideInAPackage("dev.watchkeeper.redis..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.watchkeeper.core..")
                        .and(not(resideInAnyPackage(CORE_FOR_ADAPTERS)))
                        .and(not(portOrValue)))
                .check(classes);
    }

    /**
     * The webhook adapter sends what the desks tell: it sees the events and their queue, the ids
     * they carry and the failure log, never a feature's classes.
     */
    @Test
    void webhookAdapterSeesOnlyTheEvents() {
        noClasses()
                .that()
                .resideInAPackage("dev.watchkeeper.webhook..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.watchkeeper.core..")
                        .and(not(resideInAnyPackage(
                                "dev.watchkeeper.core.event",
                                "dev.watchkeeper.core.model",
                                "dev.watchkeeper.core.bot"))))
                .check(classes);
    }

    /**
     * {@link TicketPorts} and {@link ModerationDesk.Ports} are assembly records: the composition
     * root builds each once and the desk that assembles its parts hands every part only the ports
     * it uses. A part that took the whole record would hide what it really depends on.
     */
    @Test
    void onlyTheCompositionRootAndTheAssemblingDesksTakeAWholePortsRecord() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.watchkeeper.core.assembly")
                .and(not(belongToAnyOf(TicketPorts.class, TicketDesk.class, ModerationDesk.class)))
                .should()
                .dependOnClassesThat(belongToAnyOf(TicketPorts.class, ModerationDesk.Ports.class))
                .check(classes);
    }

    /**
     * One composition root: the bot, its desks and its conversation engine are built by {@link
     * BotAssembly} alone, for the application, the commands, the tests and the benchmarks alike, so
     * no second hand-wired copy can drift from it.
     */
    @Test
    void onlyTheCompositionRootBuildsTheBotAndItsFeatures() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.watchkeeper.core.assembly")
                // a class's own constructors may delegate to each other
                .and(not(belongToAnyOf(Bot.class, TicketDesk.class, ModerationDesk.class, ConversationEngine.class)))
                .should()
                .callConstructorWhere(target(declaredIn(Bot.class)
                        .or(declaredIn(TicketDesk.class))
                        .or(declaredIn(ModerationDesk.class))
                        .or(declaredIn(ConversationEngine.class))))
                .check(classes);
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
