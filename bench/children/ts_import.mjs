// Import the package and build a client (what a program pays before its first call).
import Trackstar from "trackstar-sdk";

new Trackstar({ apiKey: "k", accessToken: "t" });
