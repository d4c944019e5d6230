package org.village;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.village.cli.VillageCommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VillageApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new VillageCommandLine(VillageApplication.class, System.out, System.err).execute(args));
    }
}
