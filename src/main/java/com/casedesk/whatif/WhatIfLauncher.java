package com.casedesk.whatif;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts this service's code in a JVM of its own (the engine clock is JVM-wide, so a
 * simulated year never shares a JVM with a serving node or with another run): {@code java -jar <jar>} when
 * running from the Spring Boot jar, else the same class path with {@code com.casedesk.CasedeskApplication}.
 */
public final class WhatIfLauncher {

    private WhatIfLauncher() {
    }

    public static List<String> command(List<String> args, String maxHeap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        // a run is one thread of work from start to end: the throughput collector costs it less than G1
        command.add("-XX:+UseParallelGC");
        command.add("-Dfile.encoding=UTF-8");
        // as given: a child started in another folder makes it absolute (jobs/WhatIfRunner.absolute)
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar") && isBootJar(classPath)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("com.casedesk.CasedeskApplication");
        }
        command.addAll(args);
        return command;
    }

    private static boolean isBootJar(String jar) {
        try (var file = new java.util.jar.JarFile(jar)) {
            return file.getEntry("BOOT-INF/classes/") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
