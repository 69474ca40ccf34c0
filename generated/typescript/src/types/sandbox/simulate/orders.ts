// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface SandboxSimulateOrderFulfillParams {
  partial?: boolean;
}
