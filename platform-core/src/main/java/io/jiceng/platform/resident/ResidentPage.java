package io.jiceng.platform.resident;

import java.util.List;

public record ResidentPage(List<Resident> residents, long total) {
}
