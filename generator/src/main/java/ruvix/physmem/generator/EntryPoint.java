package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits a primitive entry point. Without {@code debug-alloc} its body is emitted as is; with it,
 * the body moves to a private {@code ...Unverified} method and the entry point checks every
 * invariant after it, whatever its outcome.
 */
final class EntryPoint {
    private EntryPoint() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type, MethodSpec.Builder method, CodeBlock body) {
        if (!ctx.debug()) {
            type.addMethod(method.addCode(body).build());
            return;
        }
        MethodSpec shape = method.build();
        String unverified = shape.name() + "Unverified";
        type.addMethod(MethodSpec.methodBuilder(unverified)
                .addModifiers(Modifier.PRIVATE)
                .returns(shape.returnType())
                .addParameters(shape.parameters())
                .addCode(body)
                .build());
        String args = shape.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
        type.addMethod(method.addStatement("$T result = $L($L)", shape.returnType(), unverified, args)
                .addStatement("verifyInvariants()")
                .addStatement("return result")
                .build());
    }
}
