/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.examples;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import se.westum.consortium.application.port.out.Storage;

/**
 * Storage for a command that reads no records (the travel-grant calculator): every port is there,
 * so the core can be built, and every use of one fails. It opens no database and writes no file,
 * whatever {@code --db} says.
 */
final class NoStorage {

  private NoStorage() {}

  /** Storage whose ports refuse every call. */
  static Storage create() {
    return proxy(Storage.class);
  }

  private static <T> T proxy(Class<T> port) {
    InvocationHandler handler =
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(self, method, args);
          }
          if (port == Storage.class && method.getReturnType().isInterface()) {
            return proxy(method.getReturnType());
          }
          throw new IllegalStateException("this command reads no records (" + method + ")");
        };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  private static Object objectMethod(Object self, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      default -> "NoStorage";
    };
  }
}
