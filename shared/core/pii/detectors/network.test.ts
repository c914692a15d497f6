import { describe, expect, it } from 'vitest';
import { ipAddressDetector, parseIpv6 } from './network.ts';

const found = (t: string) => ipAddressDetector.detect(t).map((f) => t.slice(f.start, f.end));

describe('IPv4', () => {
  it('labels public, private and link-local hosts, without the port', () => {
    expect(found('client 8.8.4.4:53 timed out')).toEqual(['8.8.4.4']);
    expect(found('connect ECONNREFUSED 192.168.1.20:5432')).toEqual(['192.168.1.20']);
    expect(found('Get "http://10.20.30.40:8080/ready"')).toEqual(['10.20.30.40']);
    expect(found('APIPA 169.254.10.3 assigned')).toEqual(['169.254.10.3']);
    expect(found('Address = 10.8.0.2/32')).toEqual(['10.8.0.2']);
    expect(found('X-Forwarded-For: 84.60.31.55, 172.16.4.9')).toEqual(['84.60.31.55', '172.16.4.9']);
  });
  it('excludes loopback, unspecified, documentation ranges and CIDR network blocks', () => {
    expect(found('listen 0.0.0.0:8080 and 127.0.0.1, 127.8.9.1')).toEqual([]);
    expect(found('examples 192.0.2.10, 198.51.100.7, 203.0.113.99')).toEqual([]);
    expect(found('allow 10.0.0.0/8 and 172.16.0.0/12 and 192.168.1.0/24')).toEqual([]);
    expect(found('netmask 255.255.255.0')).toEqual([]);
  });
  it('excludes versions, OIDs and invalid octets', () => {
    expect(found('Upgrade to version 10.2.3.4 tomorrow')).toEqual([]);
    expect(found('release v2.10.1.3')).toEqual([]);
    expect(found('Firmware: 8.1.11.91')).toEqual([]);
    expect(found('OID 1.3.6.1.2.1.1.3.0')).toEqual([]);
    expect(found('values 1.2.3.4.5')).toEqual([]);
    expect(found('bad 300.1.2.3 and 1.2.3.256')).toEqual([]);
  });
  it('offsets after emoji', () => {
    const t = '🔥 Zugriff von 91.110.149.241 blockiert';
    const [f] = ipAddressDetector.detect(t);
    expect(f).toMatchObject({ type: 'IP_ADDRESS', start: t.indexOf('91.'), end: t.indexOf(' blockiert') });
  });
});

describe('IPv6', () => {
  it('parses full, compressed and IPv4-embedded forms', () => {
    expect(parseIpv6('2001:0db9:85a3:0000:0000:8a2e:0370:7334')).toHaveLength(8);
    expect(parseIpv6('fe80::1')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:10.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a02, 0x0304]);
    expect(parseIpv6('1::2::3')).toBeNull();
    expect(parseIpv6('12:34:56')).toBeNull();
  });
  it('labels host addresses, not loopback, unspecified, documentation, MACs or times', () => {
    expect(found('from 2600:1700:3fc5::c2b4 and 2a00:23c7:347b:1eb3::d135:dea1')).toEqual([
      '2600:1700:3fc5::c2b4',
      '2a00:23c7:347b:1eb3::d135:dea1',
    ]);
    expect(found('peer fe80::1ff:fe23:4567:890a%eth0')).toEqual(['fe80::1ff:fe23:4567:890a']);
    expect(found('[2001:4860:4860::8888]:443')).toEqual(['2001:4860:4860::8888']);
    expect(found('bind [::1]:8080 or [::]:80, ECONNREFUSED ::1:5432')).toEqual([]);
    expect(found('docs 2001:db8::1 and 2001:0db8:85a3::7334')).toEqual([]);
    expect(found('mac 00:1a:2b:3c:4d:5e at 10:30:45')).toEqual([]);
    expect(found('std::vector<int> and Foo::bar()')).toEqual([]);
  });
});

describe('versions versus addresses', () => {
  it('a dotted quad after a product name or version word (six languages) is a version', () => {
    for (const t of [
      'upgrade to 10.4.2.1 tomorrow',
      'Update auf 10.4.2.1 geplant',
      'mise à jour vers la 10.4.2.1',
      'actualizar a la versión 10.4.2.1',
      'aggiornamento alla 10.4.2.1',
      'bijwerken naar 10.4.2.1',
      'Zoom 5.16.10.2 crashed',
      'running nginx 1.25.3.1',
      'build v5.6.7.8',
      'Release 2.4.1.9 notes',
    ])
      expect(found(t)).toEqual([]);
  });
  it('a dotted quad after an IP word is an address in six languages', () => {
    expect(found('IP-Adresse 10.1.2.3, Port 8080')).toEqual(['10.1.2.3']);
    expect(found('adresse IP : 192.168.10.25')).toEqual(['192.168.10.25']);
    expect(found('dirección IP 10.0.5.17 bloqueada')).toEqual(['10.0.5.17']);
    expect(found("l'indirizzo IP del router è 192.168.1.254")).toEqual(['192.168.1.254']);
    expect(found('het IP-adres is 10.9.8.7')).toEqual(['10.9.8.7']);
    expect(found('update server IP 10.4.2.1')).toEqual(['10.4.2.1']);
    expect(found('client at 10.4.2.1 connected')).toEqual(['10.4.2.1']);
    expect(found('point the app to 10.4.2.1')).toEqual(['10.4.2.1']);
    expect(found('forward traffic from the node to 10.0.0.5')).toEqual(['10.0.0.5']);
  });
});
