package dev.watchkeeper.config.telegram;

import dev.watchkeeper.telegram.TelegramWebhook;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Serves the Telegram webhook on the app's web server (webhook mode only). */
@RestController
final class TelegramWebhookController {
    private final TelegramWebhook webhook;

    TelegramWebhookController(TelegramWebhook webhook) {
        this.webhook = webhook;
    }

    @PostMapping("${watchkeeper.telegram.webhook.path:/telegram/webhook}")
    ResponseEntity<Void> receive(
            @RequestHeader(name = TelegramWebhook.SECRET_HEADER, required = false) String secret,
            @RequestBody byte[] body) {
        return switch (webhook.receive(secret, body)) {
            case ACCEPTED -> ResponseEntity.ok().build();
            case FORBIDDEN -> ResponseEntity.status(401).build();
            case MALFORMED -> ResponseEntity.badRequest().build();
        };
    }
}
