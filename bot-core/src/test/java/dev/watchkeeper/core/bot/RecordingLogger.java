package dev.watchkeeper.core.bot;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger that keeps every line (level, formatted text, whether it carries a stack trace). */
public final class RecordingLogger extends LegacyAbstractLogger {
    /** One logged line. */
    public record Line(Level level, String text, boolean trace) {}

    private final List<Line> lines = new ArrayList<>();

    public RecordingLogger() {
        this.name = "recording";
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> at(Level level) {
        return lines().stream().filter(l -> l.level() == level).toList();
    }

    @Override
    protected synchronized void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        lines.add(new Line(level, MessageFormatter.basicArrayFormat(pattern, arguments), throwable != null));
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }
}
