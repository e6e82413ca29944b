package com.example.demo;

import java.net.NetworkInterface;

/** Wires the pieces together; run under systemd with gateway.socket. */
public final class Gateway {

  private Gateway() {}

  public static void main(String[] args) throws Exception {
    SystemdListeners listeners = new SystemdListeners(System.getenv());
    System.out.println("http: " + listeners.httpListener());
    System.out.println("admin: " + listeners.adminListener());
    System.out.println("dns: " + new DnsTransport().newChannel());

    IcmpProbe probe = new IcmpProbe();
    probe.close(probe.openSocket());

    try (DiscoveryReceiver discovery = new DiscoveryReceiver()) {
      discovery.open(NetworkInterface.getByName(args.length > 0 ? args[0] : "eth0"));
    }
  }
}
