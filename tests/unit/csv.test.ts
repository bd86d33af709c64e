import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvLine, csvStream, escapeCsvCell, neutraliseFormula } from '@/lib/export/csv';

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+49 391 000', "'+49 391 000"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTab', "'\tTab"],
    ['\rZeile', "'\rZeile"],
  ])('neutralises the formula start of %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('leaves harmless text, numbers and formula characters inside a value alone', () => {
    expect(escapeCsvCell('Müller & Söhne GmbH')).toBe('Müller & Söhne GmbH');
    expect(escapeCsvCell('a=b')).toBe('a=b');
    expect(escapeCsvCell(" '=1")).toBe(" '=1");
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(3.5)).toBe('3.5');
    expect(escapeCsvCell(true)).toBe('true');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
    expect(escapeCsvCell('')).toBe('');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(escapeCsvCell('a;b')).toBe('"a;b"');
    expect(escapeCsvCell('sagt "ja"')).toBe('"sagt ""ja"""');
    expect(escapeCsvCell('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(escapeCsvCell('a,b')).toBe('a,b');
    expect(escapeCsvCell('a,b', ',')).toBe('"a,b"');
  });

  it('neutralises first and then quotes', () => {
    expect(escapeCsvCell('=HYPERLINK("http://x";"y")')).toBe('"\'=HYPERLINK(""http://x"";""y"")"');
    expect(escapeCsvCell('\r=1')).toBe('"\'\r=1"');
  });

  it('writes lines with „;“ and CRLF', () => {
    expect(csvLine(['Zeitpunkt', 'Name', null, 7, '-1'])).toBe("Zeitpunkt;Name;;7;'-1\r\n");
  });
});

describe('csvStream', () => {
  async function read(stream: ReadableStream<Uint8Array>) {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  it('writes the BOM and the header, then every batch, also after empty ones', async () => {
    async function* batches() {
      yield [['1', 'a']];
      yield [];
      yield [['2', '=b'], ['3', 'c;d']];
    }
    const bytes = await read(csvStream(['Nr', 'Text'], batches()));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`${CSV_BOM}Nr;Text\r\n1;a\r\n2;'=b\r\n3;"c;d"\r\n`);
  });

  it('pulls batches only as the reader asks for them', async () => {
    const pulled: number[] = [];
    async function* batches() {
      for (let n = 1; n <= 1000; n++) {
        pulled.push(n);
        yield [[String(n)]];
      }
    }
    const reader = csvStream(['Nr'], batches()).getReader();
    await reader.read(); // BOM + header
    await reader.read(); // batch 1
    expect(pulled.length).toBeLessThanOrEqual(3);
    await reader.cancel();
  });
});
