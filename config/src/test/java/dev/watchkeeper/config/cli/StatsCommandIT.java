package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandIT {
    @Test
    void printsTheSupportReport() {
        CommandLineRun run = CommandLineRun.of("stats");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsIgnoringCase("tickets")
                .containsIgnoringCase("csat")
                .contains("Answer feedback: no votes yet");
    }

    @Test
    void takesSettingsOnItsCommandLine() {
        CommandLineRun run = CommandLineRun.of("stats", "--watchkeeper.store=memory");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tickets: 0");
    }

    @Test
    void rejectsAnInvalidSettingWithAClearError() {
        CommandLineRun run = CommandLineRun.of("stats", "--watchkeeper.tickets.id-prefix=lower case");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void printsTheReportInTheStaffLanguage() {
        CommandLineRun run = CommandLineRun.of("stats", "--watchkeeper.language.staff=ru");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("**Статистика поддержки**", "Обращений: 0", "Отзывы об ответах: оценок пока нет");
    }

    @Test
    void refusesToStartWithAStaffLanguageTheBotDoesNotSpeak() {
        CommandLineRun run = CommandLineRun.of("stats", "--watchkeeper.language.staff=de");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: ")
                .contains("watchkeeper.language.staff")
                .contains("must be one of en, ru, zh, es, pt, tr");
    }
}
