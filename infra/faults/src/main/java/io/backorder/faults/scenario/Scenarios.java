package io.backorder.faults.scenario;

import java.util.List;

/** Every fault run by name, in the order {@code all} runs them. */
public final class Scenarios {

    public static final List<String> NAMES = List.of(KillInventoryScenario.NAME, KillOrderScenario.NAME,
            OutageScenario.Part.KAFKA.scenario, OutageScenario.Part.POSTGRES.scenario, DuplicatesScenario.NAME,
            GroupResetScenario.NAME, PoisonScenario.NAME, RebalanceScenario.NAME, RaceScenario.NAME);

    private Scenarios() {
    }

    public static FaultScenario named(String name) {
        return switch (name) {
            case KillInventoryScenario.NAME -> new KillInventoryScenario();
            case KillOrderScenario.NAME -> new KillOrderScenario();
            case "restart-kafka" -> new OutageScenario(OutageScenario.Part.KAFKA);
            case "restart-postgres" -> new OutageScenario(OutageScenario.Part.POSTGRES);
            case DuplicatesScenario.NAME -> new DuplicatesScenario();
            case GroupResetScenario.NAME -> new GroupResetScenario();
            case PoisonScenario.NAME -> new PoisonScenario();
            case RebalanceScenario.NAME -> new RebalanceScenario();
            case RaceScenario.NAME -> new RaceScenario();
            default -> throw new IllegalArgumentException("no fault run named '" + name + "'; the runs are " + NAMES);
        };
    }
}
