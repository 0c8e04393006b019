package com.casedesk;

import com.casedesk.whatif.WhatIfCommand;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasedeskApplication {

    /**
     * Serves; or, with {@code whatif} as the first argument, replays a year through a changed model and exits
     * (docs/whatif.md). {@code whatif-run} is one run of it, in a JVM of its own.
     */
    public static void main(String[] args) {
        if (args.length > 0 && "whatif".equals(args[0])) {
            System.exit(WhatIfCommand.main(List.of(args).subList(1, args.length)));
        } else if (args.length > 0 && "whatif-run".equals(args[0])) {
            System.exit(WhatIfCommand.child(List.of(args).subList(1, args.length)));
        }
        SpringApplication.run(CasedeskApplication.class, args);
    }
}
