package org.copro;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The CoPro platform: {@code serve} runs the web application; {@code admin …} and
 * {@code kb …} run one command against the same database and index, without a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "web")
public class CoproApplication {

	/** The profile that command-line runs use, so that commands are the only runners. */
	public static final String COMMAND_PROFILE = "command";

	private static final Set<String> COMMANDS = Set.of("admin", "kb");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			runCommand(args);
			return;
		}
		SpringApplication.run(CoproApplication.class, args);
	}

	private static void runCommand(String[] args) {
		SpringApplication application = new SpringApplication(CoproApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "error",
				"logging.level.org.copro", "info"));
		application.setAdditionalProfiles(COMMAND_PROFILE);
		// Each command is an ApplicationRunner in the "command" profile that also reports
		// its exit code.
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
