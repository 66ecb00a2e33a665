// Traditional Chinese (zh-TW, zh-HK) read with the simplified lexicon: folding maps each traditional
// character the Chinese lexicon needs to its simplified form, one unit for one unit, so offsets hold.

/**
 * "Traditional, simplified" pairs for every character of the Chinese lexicon that has a distinct
 * traditional form (hanzi.test.ts checks the list against hanzi-reference.ts and the lexicon).
 */
export const HANZI_PAIRS = [
  '並并佈布併并來来係系倉仓個个們们備备傳传僅仅僱雇價价償偿優优兒儿內内兩两別别劃划動动務务勞劳勵励勸劝匯汇厲厉參参員员唄呗',
  '問问啟启喪丧單单嗎吗噠哒團团報报場场塊块墊垫壞坏夠够夾夹學学實实審审專专對对屬属師师幫帮幹干幾几庫库廠厂廢废張张強强彙汇',
  '後后從从復复愛爱慮虑應应懷怀戰战戶户掛挂換换搶抢撐撑據据擾扰攤摊數数斷断時时曉晓書书會会條条業业構构樁桩樂乐標标樣样機机',
  '檢检權权歡欢歸归殺杀氣气決决沒没淩凌測测準准漲涨為为無无煩烦熱热燒烧爛烂獎奖獲获現现環环產产當当療疗發发盡尽監监眾众確确',
  '碼码禮礼穩稳節节簽签紀纪約约級级終终組组結结絕绝給给統统經经緊紧線线編编緩缓總总績绩織织繫系續续習习聯联聲声職职舉举萬万',
  '處处術术衝冲補补裡里複复見见規规視视親亲覺觉訂订計计記记訟讼訴诉診诊評评試试話话該该認认語语說说誰谁調调談谈請请謝谢譜谱',
  '譯译議议讀读變变讓让財财責责費费賀贺資资賴赖購购趕赶輪轮辦办辭辞這这週周進进過过達达違违遞递適适選选還还邊边醫医釋释銷销',
  '錄录錯错錶表鍋锅鎖锁鏈链鐘钟門门閉闭開开間间閱阅闆板關关隊队隨随離离難难電电頁页項项順顺須须預预頭头題题馬马駕驾騷骚體体',
  '鬱郁魚鱼麵面麼么點点讚赞囉啰徵征遷迁罵骂鬧闹嘍喽寫写樓楼講讲將将筆笔賠赔賣卖醜丑網网觀观',
].join('');

/** Simplified form of each traditional character of the table, by code (0: none). */
let table: Uint16Array | null = null;

function build(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < HANZI_PAIRS.length; i += 2) table[HANZI_PAIRS.charCodeAt(i)] = HANZI_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

/** `text` with the traditional characters of the table in simplified form (same length). */
export function simplify(text: string): string {
  const t = build();
  let out = '';
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const s = t[text.charCodeAt(k)]!;
    if (s === 0) continue;
    out += text.slice(from, k) + String.fromCharCode(s);
    from = k + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
