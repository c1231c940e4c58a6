import time, numpy as np, torch, torch.nn as nn, torch.nn.functional as F, collections, sys
from common import *
torch.set_num_threads(2); torch.manual_seed(0); np.random.seed(0)
t0=time.time()
kx,ky=kote("val")
gx,gy=[],[]
emos=open(D+"goemotions/emotions.txt").read().split("\n")
import json
ek=json.load(open(D+"goemotions/ekman_mapping.json")); e2m={e:m for m,es in ek.items() for e in es}; e2m["neutral"]="neutral"
for l in open(D+"goemotions-ko/train.tsv",encoding="utf-8"):
    t,labs=l.rstrip("\n").split("\t")[:2]
    ms={e2m[emos[int(i)]] for i in labs.split(",")}
    if len(ms)==1: gx.append(t); gy.append(MOODS.index(ms.pop()))
gy=np.array(gy)
nx,ny=nsmc()
cnt=collections.Counter()
for t in kx+gx+nx[:300000]: cnt.update(t)
vocab={c:i+2 for i,(c,_) in enumerate(cnt.most_common(6000))}
L=80
def enc(texts):
    X=np.zeros((len(texts),L),dtype=np.int64)
    for i,t in enumerate(texts):
        ids=[vocab.get(c,1) for c in t[:L]]; X[i,:len(ids)]=ids
    return torch.from_numpy(X)
class CNN(nn.Module):
    def __init__(s,out):
        super().__init__(); s.emb=nn.Embedding(len(vocab)+2,128,padding_idx=0)
        s.convs=nn.ModuleList([nn.Conv1d(128,64,k) for k in (2,3,4,5)]); s.drop=nn.Dropout(0.3); s.out=nn.Linear(256,out)
    def feats(s,x):
        e=s.emb(x).transpose(1,2); return torch.cat([F.relu(c(e)).max(2).values for c in s.convs],1)
    def forward(s,x): return s.out(s.drop(s.feats(x)))
def train(model,X,Y,W,epochs,lr=2e-3,bs=256):
    opt=torch.optim.Adam(model.parameters(),lr=lr); n=len(Y)
    for ep in range(epochs):
        model.train(); perm=torch.randperm(n)
        for b in range(0,n,bs):
            idx=perm[b:b+bs]; opt.zero_grad()
            loss=(F.cross_entropy(model(X[idx]),Y[idx],reduction="none")*W[idx]).mean(); loss.backward(); opt.step()
def logits(model,X):
    model.eval(); out=[]
    with torch.no_grad():
        for b in range(0,len(X),1024): out.append(model(X[b:b+1024]))
    return torch.cat(out).numpy()
sub=np.random.RandomState(0).permutation(len(nx))[:120000]; NX=enc([nx[i] for i in sub]); NY=torch.tensor(ny[sub]-1)
base=CNN(5); train(base,NX,NY,torch.ones(len(NY)),1); print("nsmc pretrain",time.time()-t0,flush=True)
torch.save(base.state_dict(),OUT+"/cnn_nsmc.pt")
KX=enc(kx); GX=enc(gx); KY=torch.tensor(ky); GY=torch.tensor(gy)
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import accuracy_score,f1_score
skf=StratifiedKFold(5,shuffle=True,random_state=7)
oof={"pre":np.zeros((len(ky),7))}
def cw(y):
    c=np.bincount(y,minlength=7); return torch.tensor((len(y)/(7*np.maximum(c,1)))**0.5,dtype=torch.float32)
for f,(tr,te) in enumerate(skf.split(np.zeros(len(ky)),ky)):
    for kind in ["pre"]:
        m=CNN(7)
        if kind=="pre":
            sd={k:v for k,v in torch.load(OUT+"/cnn_nsmc.pt").items() if not k.startswith("out.")}; m.load_state_dict(sd,strict=False)
        X=torch.cat([KX[tr],GX]); Y=torch.cat([KY[tr],GY])
        w=torch.cat([cw(ky[tr])[KY[tr]], 0.2*cw(gy)[GY]])
        train(m,X,Y,w,2,lr=1e-3)
        oof[kind][te]=logits(m,KX[te])
    print("fold",f,time.time()-t0,flush=True)
for k,v in oof.items():
    p=v.argmax(1); print(k,"KOTE val OOF acc",round(accuracy_score(ky,p),4),"macroF1",round(f1_score(ky,p,average="macro"),4),flush=True)
np.save(OUT+"/cnn_oof_pre.npy",oof["pre"])
print("total",time.time()-t0)
