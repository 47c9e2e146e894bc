package dev.watchkeeper.core.signin;

import java.time.Clock;
import java.time.ZoneOffset;

class InMemoryConsoleSignInsTest extends ConsoleSignInsContract {
    @Override
    protected ConsoleSignIns newStore() {
        return new InMemoryConsoleSignIns(Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
