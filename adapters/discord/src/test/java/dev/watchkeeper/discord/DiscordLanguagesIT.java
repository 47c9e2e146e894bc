package dev.watchkeeper.discord;

import static dev.watchkeeper.discord.FakeDiscord.BOT;
import static dev.watchkeeper.discord.FakeDiscord.GENERAL;
import static dev.watchkeeper.discord.FakeDiscord.GUILD;
import static dev.watchkeeper.discord.FakeDiscord.MOD_LOG;
import static dev.watchkeeper.discord.FakeDiscord.STAFF_CHANNEL;
import static dev.watchkeeper.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.inbound.Place;
import dev.watchkeeper.language.LinguaLanguageDetector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A question in each of the six languages, in a server whose locale is English, answered in that
 * language through real JDA against the fake Discord.
 */
class DiscordLanguagesIT {
    private static FakeDiscord discord;
    private static DiscordAdapter adapter;

    @BeforeAll
    static void connect() throws Exception {
        discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(
                InMemoryKnowledgeBase.fromResource("multilingual-kb.tsv"),
                Place.group(STAFF_CHANNEL),
                Place.group(MOD_LOG),
                new UserRef(Platform.DISCORD, "503", "alex", "Alex", false),
                new UserRef(Platform.DISCORD, "502", "mia", "Mia", false),
                Clock.systemUTC(),
                Set.of(FakeDiscord.MODERATOR_ROLE),
                new MemberLanguage(LinguaLanguageDetector.loaded(), "en"));
        adapter = ConnectedAdapter.start(discord, fixture);
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        discord.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "701 | my withdrawal is still pending | Withdrawal pending | Withdrawals are checked | This helped",
                "702 | мой вывод завис в обработке    | Вывод в обработке  | Выводы проверяются      | Помогло",
                "703 | 提现一直在处理中                  | 提现处理中          | 提现在发出前会经过审核    | 有帮助",
                "704 | mi retiro sigue pendiente      | Retiro pendiente   | Los retiros se revisan  | Me sirvió",
                "705 | meu saque está pendente        | Saque pendente     | Os saques são verificados | Ajudou",
                "706 | çekim işlemim hala beklemede   | Çekim beklemede    | Çekimler gönderilmeden  | İşe yaradı"
            })
    void answersAQuestionInTheLanguageItIsAskedIn(
            String member, String question, String title, String answer, String helpful) throws Exception {
        FakeDiscord.Call reply = ask(member, question, title);

        assertThat(reply.content()).contains("**" + title + "**", answer);
        assertThat(labels(reply)).contains(helpful);
    }

    @Test
    void anArticleOnlyInEnglishComesWithALineInTheMembersLanguage() throws Exception {
        FakeDiscord.Call reply = ask("711", "cómo creo una clave API", "API keys");

        assertThat(reply.content()).contains("Este artículo solo está disponible en inglés", "press Create key");
        assertThat(labels(reply)).contains("Me sirvió", "No me sirvió");
    }

    @Test
    void registersTheMembersCommandsWithTheirDescriptionsInEachLanguage() throws Exception {
        FakeDiscord.Call call =
                discord.await("PUT", "/applications/" + BOT + "/guilds/" + GUILD + "/commands", c -> true);

        JsonNode ask = command(call, "ask");
        assertThat(ask.path("description").asString()).isEqualTo("Ask the support bot a question");
        assertThat(ask.path("description_localizations").path("es-419").asString())
                .isEqualTo("Hacerle una pregunta al bot de soporte");
        assertThat(ask.path("description_localizations").path("pt-BR").asString())
                .isEqualTo("Fazer uma pergunta ao bot de suporte");
        assertThat(ask.path("options")
                        .get(0)
                        .path("description_localizations")
                        .path("tr")
                        .asString())
                .isEqualTo("Sorunuz, kendi kelimelerinizle");
        assertThat(command(call, "Report message")
                        .path("name_localizations")
                        .path("ru")
                        .asString())
                .isEqualTo("Пожаловаться");
    }

    private static JsonNode command(FakeDiscord.Call call, String name) {
        for (JsonNode command : call.body()) {
            if (command.path("name").asString().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name);
    }

    private static FakeDiscord.Call ask(String member, String question, String title) throws Exception {
        Map<String, Object> message = discord.guildMessage(
                GENERAL, user(member, "member" + member, false), List.of(), "<@" + BOT + "> " + question);
        message.put("mentions", List.of(user(BOT, "watchkeeper", true)));
        discord.dispatch("MESSAGE_CREATE", message);
        return discord.await(
                "POST", "/channels/" + GENERAL + "/messages", c -> c.content().contains(title));
    }

    private static List<String> labels(FakeDiscord.Call call) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : call.body().path("components")) {
            for (JsonNode button : row.path("components")) {
                labels.add(button.path("label").asString());
            }
        }
        return labels;
    }
}
