package io.anxin.kiosk.domain;

import java.util.Objects;

/**
 * A family member or other agent filing for a resident (亲友代办 / 授权代办): who they are and what
 * they are to the resident, as the agent states it (e.g. {@code child}, {@code spouse}).
 */
public record Agent(ResidentIdentity identity, String relationship) {

    public Agent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public String toString() {
        return "Agent[" + identity.idNumber().masked() + ", " + relationship + "]";
    }
}
