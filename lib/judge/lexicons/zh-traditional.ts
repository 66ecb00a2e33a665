// Traditional Chinese (zh-TW, zh-HK) read with the simplified lexicon: "traditional, simplified"
// pairs for every character of the Chinese lexicon that has a distinct traditional form
// (hanzi.test.ts checks the list against hanzi-reference.ts and the lexicon). Data sent with the
// lexicons, so the table is not part of every content script.

/** Concatenated pairs: even index traditional, odd index simplified. */
export const ZH_TRADITIONAL = [
  '並并亂乱佈布併并來来係系倉仓個个們们備备傳传傷伤傾倾僅仅僱雇價价償偿優优兒儿內内兩两別别刪删剝剥創创劃划勁劲動动務务勝胜勞劳勵励勸劝匯汇協协厲厉',
  '參参員员唄呗問问啟启喪丧喬乔單单喲哟嗎吗嘍喽噠哒噴喷嚮向囉啰國国圓圆團团執执報报場场塊块墊垫壞坏夠够夥伙夾夹奪夺媽妈學学實实審审寫写寬宽將将',
  '專专對对導导屆届屢屡層层屬属崗岗帥帅師师帶带幫帮幹干幾几庫库廠厂廢废張张強强彙汇後后從从復复徵征愛爱態态慮虑慶庆應应懷怀戰战戶户掛挂揚扬換换',
  '搶抢撐撑撥拨擔担據据擾扰攤摊敗败敵敌數数斷断於于時时晉晋暈晕暫暂曆历曉晓曬晒書书會会條条業业構构樁桩樂乐樓楼標标樣样機机檔档檢检權权歡欢歸归',
  '殯殡殺杀氣气決决沒没況况淚泪淩凌淺浅減减測测準准溝沟滾滚滿满漲涨為为無无煩烦熱热燒烧爛烂爭争狀状獎奖獲获現现環环產产畢毕異异當当瘋疯療疗發发',
  '盡尽監监眾众確确碼码禍祸禮礼穩稳筆笔節节簡简簽签糧粮糾纠紀纪約约紅红紙纸級级紛纷細细終终組组結结絕绝給给統统經经網网緊紧緒绪線线編编緩缓',
  '縮缩總总績绩織织繫系繼继續续纔才罵骂習习聖圣聯联聲声職职聽听腦脑舉举萬万蓋盖薦荐藥药處处號号術术衝冲補补裡里製制複复見见規规視视親亲覺觉觀观',
  '訂订計计記记訟讼設设訴诉診诊評评試试話话該该認认誕诞語语說说誰谁調调談谈請请論论謀谋講讲謝谢證证識识譜谱譯译議议護护讀读變变讓让讚赞負负',
  '財财責责貴贵費费貼贴賀贺資资賠赔賣卖賴赖購购趕赶車车較较輪轮輯辑輸输轉转辦办辭辞這这週周進进過过達达違违遞递適适遲迟遷迁選选還还邊边醜丑',
  '醫医釋释銷销錄录錦锦錯错錶表鍋锅鎖锁鏈链鐘钟鐵铁長长門门閉闭開开閒闲間间閱阅闆板關关陽阳隊队隨随險险隸隶隻只雙双離离難难電电靈灵頁页頂顶項项',
  '順顺須须預预領领頭头題题顧顾顯显風风飯饭馬马駕驾騷骚驗验驚惊體体鬧闹鬱郁魚鱼麵面麼么點点齡龄',
].join('');
