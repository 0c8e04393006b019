package com.casedesk.notification.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf logs through java.util.logging straight to the console, at INFO for every letter
 * (stylesheet timings, font loading). Its warnings and errors go to the service's log instead; its
 * chatter is dropped. Installed once, before the first letter is laid out.
 */
final class LayoutLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    private LayoutLog() {
    }

    static void install() {
        XRLog.setLoggerImpl(new LayoutLog());
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels are the service's logging configuration's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
