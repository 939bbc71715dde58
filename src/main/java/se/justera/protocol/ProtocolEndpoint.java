package se.justera.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the plain HTTP endpoints beside GraphQL that take protocol files (POST /protocols, POST
 * /protocols/check) or give them back (GET /protocols/{id}/source): their errors are JSON with
 * GraphQL's codes ({@link ProtocolHttpErrors}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProtocolEndpoint {

}
