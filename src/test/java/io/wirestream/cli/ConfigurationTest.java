package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags over WIRESTREAM_* environment variables over the --config file over built-in defaults. */
class ConfigurationTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("wirestream.properties");
        Files.writeString(f, text);
        return f;
    }

    private Path item() throws Exception {
        Path f = dir.resolve("item.json");
        Files.writeString(f, "{\"id\": \"x-1\", \"headline\": \"H\", \"body\": \"B\"}");
        return f;
    }

    @Test
    void shouldTakeAnOptionFromTheConfigFile() throws Exception {
        CommandRun run = CommandRun.withEnv(Map.of(), "publish", "--dry-run", "--config",
                file("topic=from-file\n").toString(), item().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("published to from-file"), run.out());
    }

    @Test
    void shouldPreferTheEnvironmentToTheFileAndAFlagToBoth() throws Exception {
        String config = file("topic=from-file\n").toString();
        Map<String, String> env = Map.of("WIRESTREAM_TOPIC", "from-env");
        assertTrue(CommandRun.withEnv(env, "publish", "--dry-run", "--config", config, item().toString()).out()
                .contains("published to from-env"));
        assertTrue(CommandRun.withEnv(env, "publish", "--dry-run", "--config", config, "--topic", "from-flag",
                item().toString()).out().contains("published to from-flag"));
    }

    @Test
    void shouldRejectAnUnknownKeyByName() throws Exception {
        CommandRun run = CommandRun.withEnv(Map.of(), "publish", "--dry-run", "--config",
                file("topik=news.raw\n").toString(), item().toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown key 'topik'"), run.err());
    }

    @Test
    void shouldRejectAnUnknownEnvironmentVariableByName() throws Exception {
        CommandRun run = CommandRun.withEnv(Map.of("WIRESTREAM_TOPIK", "x"), "publish", "--dry-run", item().toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("WIRESTREAM_TOPIK"), run.err());
    }

    @Test
    void shouldPassKafkaPropertiesThroughWithFlagsFilesWinning() throws Exception {
        Path command = dir.resolve("client.properties");
        Files.writeString(command, "request.timeout.ms=3000\n");
        CommandLine cl = Wirestream.commandLine(Map.of("WIRESTREAM_KAFKA_CLIENT_DNS_LOOKUP", "use_all_dns_ips"));
        cl.parseArgs("publish", "--config", file("kafka.security.protocol=PLAINTEXT\nkafka.request.timeout.ms=1000\n")
                .toString(), "--command-config", command.toString(), "x");
        PublishCommand publish = cl.getSubcommands().get("publish").getCommand();
        Map<String, Object> props = publish.kafka.clientProperties("h:9092");
        assertEquals("PLAINTEXT", props.get("security.protocol"));
        assertEquals("use_all_dns_ips", props.get("client.dns.lookup"));
        assertEquals("3000", props.get("request.timeout.ms"));
        assertEquals("h:9092", props.get("bootstrap.servers"));
    }

    @Test
    void shouldTakeTheRulesDirFromTheEnvironment() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("desks.tsv"), "country\tJP\tno-such-desk\n");
        // the bad row is reported, so the directory was read: the variable reached --rules-dir
        CommandRun run = CommandRun.withEnv(Map.of("WIRESTREAM_RULES_DIR", rules.toString()), "enrich", item().toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(rules.resolve("desks.tsv") + ":1:"), run.err());
    }

}
