// A tiny registry standing in for prom-client.
export const register = {
  async metrics(): Promise<string> {
    return '# HELP gateway_up 1 when the gateway is running\ngateway_up 1\n';
  },
};
