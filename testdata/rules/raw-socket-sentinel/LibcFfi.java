package fixtures.rawsocketsentinel;

import jnr.ffi.LibraryLoader;

/** The same binding through jnr-ffi, as some services load it. */
public interface LibcFfi {
  LibcFfi INSTANCE = LibraryLoader.create(LibcFfi.class).load("c");

  int socket(int domain, int type, int protocol);
}
