package dev.watchkeeper.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.language.LinguaLanguageDetector;
import dev.watchkeeper.telegram.FakeBotApi.Call;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question in each of the six languages, from members whose Telegram is set to English, answered
 * in that language through the real TelegramBots client against the fake Bot API.
 */
class TelegramLanguagesIT {
    private static final MemberLanguage LANGUAGES = new MemberLanguage(LinguaLanguageDetector.loaded(), "en");

    private final FakeBotApi api = new FakeBotApi();
    private TelegramAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        BotFixture fixture = new BotFixture(
                InMemoryKnowledgeBase.fromResource("multilingual-kb.tsv"),
                new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP),
                new ChatRef(Platform.TELEGRAM, "-1003", ChatType.GROUP),
                new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
                new UserRef(Platform.TELEGRAM, "901", null, "Moderator", false),
                clock,
                Set.of("administrator"),
                LANGUAGES);
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        adapter = StartedAdapter.start(settings, fixture, clock);
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "601 | my withdrawal is still pending | Withdrawal pending | Withdrawals are checked | This helped",
                "602 | мой вывод завис в обработке    | Вывод в обработке  | Выводы проверяются      | Помогло",
                "603 | 提现一直在处理中                  | 提现处理中          | 提现在发出前会经过审核    | 有帮助",
                "604 | mi retiro sigue pendiente      | Retiro pendiente   | Los retiros se revisan  | Me sirvió",
                "605 | meu saque está pendente        | Saque pendente     | Os saques são verificados | Ajudou",
                "606 | çekim işlemim hala beklemede   | Çekim beklemede    | Çekimler gönderilmeden  | İşe yaradı"
            })
    void answersAQuestionInTheLanguageItIsAskedIn(
            long member, String question, String title, String answer, String helpful) {
        api.push(Updates.message(member, englishClient(member), question));

        Call reply = api.await("sendMessage", c -> c.chatId().equals(Long.toString(member)));
        assertThat(reply.text()).contains(title, answer);
        assertThat(reply.action(helpful)).startsWith("helpful:");
    }

    @Test
    void anArticleOnlyInEnglishComesWithALineInTheMembersLanguage() {
        api.push(Updates.message(611, englishClient(611), "cómo creo una clave API"));

        Call reply = api.await("sendMessage", c -> c.chatId().equals("611"));
        assertThat(reply.text()).contains("Este artículo solo está disponible en inglés", "press Create key");
        assertThat(reply.action("No me sirvió")).startsWith("unhelpful:");
    }

    @Test
    void publishesTheCommandMenuInEachLanguage() {
        Call spanish = api.await("setMyCommands", c -> "es".equals(c.params().get("language_code")));
        Call english = api.await("setMyCommands", c -> !c.params().containsKey("language_code"));

        assertThat(spanish.params().get("commands").toString()).contains("Hablar con un agente de soporte");
        assertThat(english.params().get("commands").toString()).contains("Talk to a support agent");
        for (String language : new String[] {"ru", "zh", "pt", "tr"}) {
            api.await("setMyCommands", c -> language.equals(c.params().get("language_code")));
        }
    }

    private static Map<String, Object> englishClient(long id) {
        return Map.of("id", id, "is_bot", false, "first_name", "Member " + id, "language_code", "en");
    }
}
