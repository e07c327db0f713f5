package ruvix.physmem.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** BENCHMARK.md's figures of the original Rust crate on this kind of machine, medians in ns. */
public final class Reference {
    public static final Map<String, Double> CRATE_NS = crate();

    private Reference() {}

    private static Map<String, Double> crate() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("single_page", 26.8);
        m.put("multi_page/4", 21.8);
        m.put("multi_page/512", 3.9);
        m.put("sequential/200", 4_603.0);
        m.put("fragmentation", 3_942.0);
        m.put("mixed_sizes", 1_313.0);
        m.put("reset", 1_248.0);
        m.put("random/1024 steady per op", 18.9);
        m.put("random/16384 steady per op", 22.4);
        m.put("random/262144 steady per op", 37.3);
        m.put("random/262144 drain per free", 284.5);
        return Collections.unmodifiableMap(m);
    }
}
