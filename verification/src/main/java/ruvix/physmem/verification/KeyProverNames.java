package ruvix.physmem.verification;

/** Short, readable names for KeY's long contract names. */
public final class KeyProverNames {
    private KeyProverNames() {}

    /**
     * "pkg.C[pkg.C::m(int)].JML normal_behavior operation contract.2" becomes "m(int) #2"; an
     * exceptional_behavior case becomes "m(int) exceptional #0", and a model method's accessible
     * clause (its dependency contract) "m(int) accessible #0".
     */
    public static String shortName(String contract) {
        int open = contract.indexOf("::");
        int close = contract.indexOf(']', open);
        int dot = contract.lastIndexOf('.');
        if (open < 0 || close < 0 || dot < close) {
            return contract;
        }
        String kind = contract.contains("exceptional_behavior")
                ? " exceptional"
                : contract.contains("accessible clause") ? " accessible" : "";
        return contract.substring(open + 2, close) + kind + " #" + contract.substring(dot + 1);
    }

    /**
     * A contract's short name made a file stem: every run of other characters than letters and
     * digits becomes a dash, e.g. "alloc(int) #2" becomes "alloc-int-2".
     */
    public static String fileStem(String contract) {
        return shortName(contract).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
