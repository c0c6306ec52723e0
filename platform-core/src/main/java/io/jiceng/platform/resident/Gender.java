package io.jiceng.platform.resident;

public enum Gender {
    M, F
}
