import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has defaults that serve on port 3000 with media reachable from this machine only', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.RTC_PORT).toBe(40000);
    expect(config.RTC_LISTEN_IP).toBe('127.0.0.1');
    expect(config.ICE_SERVERS).toEqual([]);
    expect(config.MEDIASOUP_WORKERS).toBeGreaterThan(0);
  });

  it('listens on every interface once a public address is announced', () => {
    expect(loadConfig({ ANNOUNCED_ADDRESS: 'meet.example.org' }).RTC_LISTEN_IP).toBe('0.0.0.0');
  });

  it('parses ICE servers as JSON', () => {
    const config = loadConfig({ ICE_SERVERS: '[{"urls":"turn:turn.example.org:3478","username":"u","credential":"p"}]' });
    expect(config.ICE_SERVERS[0]?.urls).toBe('turn:turn.example.org:3478');
  });

  it('publishes after ten minutes of review, ends an abandoned meeting after ten, keeps working data thirty days', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PUBLISH_DELAY_SECONDS: 600, MEETING_END_GRACE_SECONDS: 600, RETENTION_DAYS: 30, REPORT_TIME_ZONE: 'UTC' });
    expect(loadConfig({ RETENTION_DAYS: '0' }).RETENTION_DAYS).toBe(0);
    expect(() => loadConfig({ REPORT_TIME_ZONE: 'Mars/Olympus' })).toThrow(/REPORT_TIME_ZONE/);
  });

  it('explains what is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ ICE_SERVERS: '{not json' })).toThrow(/ICE_SERVERS/);
    expect(() => loadConfig({ MEDIASOUP_WORKERS: '0' })).toThrow(/MEDIASOUP_WORKERS/);
  });
});
