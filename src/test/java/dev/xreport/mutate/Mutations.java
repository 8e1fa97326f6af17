package dev.xreport.mutate;

import java.util.ArrayList;
import java.util.List;

/** Every mutation the {@link Mutator} knows: of the instance (contexts, periods, dimensions, units, facts, footnotes), of the linkbases and of the schema. */
public final class Mutations {
    private Mutations() { }

    public static List<Mutation> all() {
        List<Mutation> all = new ArrayList<>();
        all.addAll(ContextMutations.all());
        all.addAll(PeriodMutations.all());
        all.addAll(DimensionMutations.all());
        all.addAll(UnitMutations.all());
        all.addAll(DecimalsMutations.all());
        all.addAll(FactMutations.all());
        all.addAll(FootnoteMutations.all());
        all.addAll(TwinMutations.all());
        all.addAll(LinkbaseMutations.all());
        all.addAll(SchemaMutations.all());
        return List.copyOf(all);
    }
}
