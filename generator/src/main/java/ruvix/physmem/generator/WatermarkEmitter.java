package ruvix.physmem.generator;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The free-page watermarks: set by the caller, kept across {@code init} and {@code reset}, read by
 * the allocation paths (the min watermark) and by {@code watermarkLevel}.
 */
final class WatermarkEmitter {
    private WatermarkEmitter() {}

    static void emit(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("setWatermarks")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(long.class, "minPages")
                .addParameter(long.class, "lowPages")
                .addCode(
                        """
                        if (minPages < 0 || lowPages < minPages) {
                            throw new IllegalArgumentException(
                                    "watermarks need 0 <= min <= low, got min " + minPages + ", low " + lowPages);
                        }
                        minWatermark = minPages;
                        lowWatermark = lowPages;
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("minWatermark")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addStatement("return minWatermark")
                .build());
        type.addMethod(MethodSpec.methodBuilder("lowWatermark")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addStatement("return lowWatermark")
                .build());
    }
}
