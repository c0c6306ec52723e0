package io.jiceng.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.ui.ApiClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the platform has confirmed survives a crash on the embedded default too: the packaged jar on its H2 file
 * database, residents registered over the API (201 each), the process killed (kill -9) right after the last answer,
 * started again on the same files. H2's default write delay (500 ms) lost them; runs in every build's
 * integration-test phase (no MariaDB needed).
 */
class EmbeddedCrashIT {

    @TempDir Path workDir;
    private AppNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void residentsRegisteredJustBeforeAKillAreThereAfterTheRestart() {
        node = AppNode.embedded("embedded", workDir, List.of());
        node.start();
        ApiClient api = ApiClient.onPort(node.port());
        List<Long> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode resident = api.call("clerk", "POST", "/api/v1/residents", Map.of(
                    "idNumber", IdNumber.withCheckChar("35058319560708" + (731 + i)), "name", "柯宝珠",
                    "divisionCode", "350583001001"), 201);
            registered.add(resident.get("id").asLong());
        }
        node.kill();

        node.start();
        for (long id : registered) {
            assertThat(api.get("clerk", "/api/v1/residents/" + id).get("name").asText()).as("resident %d", id).isEqualTo("柯*珠");
        }
    }
}
