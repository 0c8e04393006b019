package com.casedesk.whatif.jobs;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How process owners' what-if runs are run ({@code casedesk.whatif}, application.yaml).
 *
 * @param workDir   where each run's candidate files, log and report are written (default
 *                  {@code ${java.io.tmpdir}/casedesk-whatif})
 * @param timeout   a run still going after this is stopped and FAILED
 * @param maxHeap   the child JVM's -Xmx
 * @param mainClass the child's main class when the service runs from a class path (a test stands in for the
 *                  {@code whatif} command with its own); ignored when it runs from the jar
 * @param node      this node's name: at start-up only this node's unfinished runs are marked FAILED (default
 *                  the host name)
 */
@ConfigurationProperties("casedesk.whatif")
public record WhatIfProperties(Path workDir, Duration timeout, String maxHeap, String mainClass, String node) {

    public static final String APPLICATION = "com.casedesk.CasedeskApplication";

    public WhatIfProperties {
        workDir = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "casedesk-whatif");
        timeout = timeout != null ? timeout : Duration.ofMinutes(60);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("casedesk.whatif.timeout must be positive: " + timeout);
        }
        maxHeap = maxHeap == null || maxHeap.isBlank() ? "1g" : maxHeap;
        mainClass = mainClass == null || mainClass.isBlank() ? APPLICATION : mainClass;
        node = node == null || node.isBlank() ? hostName() : node;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "local";
        }
    }
}
